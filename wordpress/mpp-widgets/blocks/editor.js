// The blocks in the editor: a panel with each attribute, and the server's rendering of the element as preview.
// Plain script over WordPress' globals (no build step), so the plugin ships as written.
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, TextControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  for (const name of ['service-finder', 'queue-booking', 'status-tracker']) {
    registerBlockType('mpp-widgets/' + name, {
      edit(props) {
        const fields = Object.keys(props.attributes).map((key) =>
          el(TextControl, {
            key,
            label: key.replace(/_/g, '-'),
            value: props.attributes[key] || '',
            onChange: (value) => props.setAttributes({ [key]: value }),
          }),
        );
        return el(
          'div',
          useBlockProps(),
          el(InspectorControls, null, el(PanelBody, { title: 'MPP' }, fields)),
          el(ServerSideRender, { block: 'mpp-widgets/' + name, attributes: props.attributes }),
        );
      },
      save: () => null,
    });
  }
})(window.wp);
