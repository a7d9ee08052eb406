<?php
/** Settings → MPP Widgets: the API's address and the default language. */

defined( 'ABSPATH' ) || exit;

add_action(
	'admin_init',
	function () {
		register_setting(
			'mpp_widgets',
			'mpp_widgets',
			array(
				'type'              => 'array',
				'sanitize_callback' => function ( $input ) {
					$input = is_array( $input ) ? $input : array();
					return array(
						'api_base' => esc_url_raw( trim( (string) ( $input['api_base'] ?? '' ) ) ),
						'lang'     => mpp_widgets_lang( (string) ( $input['lang'] ?? '' ) ),
					);
				},
			)
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( 'MPP Widgets', 'MPP Widgets', 'manage_options', 'mpp-widgets', 'mpp_widgets_settings_page' );
	}
);

function mpp_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = mpp_widgets_settings();
	?>
	<div class="wrap">
		<h1>MPP Widgets</h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'mpp_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="mpp-api-base">Alamat MPP API (API address)</label></th>
					<td>
						<input type="url" class="regular-text" id="mpp-api-base" name="mpp_widgets[api_base]" value="<?php echo esc_attr( $settings['api_base'] ); ?>" placeholder="https://mpp.example.go.id/api/v1">
						<p class="description">Diakhiri /api/v1. Minta pengelola MPP API menambahkan alamat situs ini ke MPP_ALLOWED_ORIGINS.</p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="mpp-lang">Bahasa (language)</label></th>
					<td>
						<select id="mpp-lang" name="mpp_widgets[lang]">
							<option value="" <?php selected( $settings['lang'], '' ); ?>>Ikuti bahasa situs</option>
							<option value="id" <?php selected( $settings['lang'], 'id' ); ?>>Bahasa Indonesia</option>
							<option value="en" <?php selected( $settings['lang'], 'en' ); ?>>English</option>
						</select>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<p>Shortcodes: <code>[mpp_service_finder agency="disdukcapil"]</code>, <code>[mpp_queue_booking service="…"]</code>, <code>[mpp_status_tracker]</code>. Blocks: "MPP: Cari layanan", "MPP: Ambil antrean", "MPP: Cek status".</p>
	</div>
	<?php
}
