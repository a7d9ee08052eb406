<?php
/**
 * Plugin Name:       MPP Widgets
 * Description:       The Mal Pelayanan Publik widgets (service finder, queue booking, status tracker) as shortcodes and blocks.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       mpp-widgets
 *
 * The widgets' own files (assets/, from the mpp-widgets package's dist/, MIT) are GPL-compatible.
 */

defined( 'ABSPATH' ) || exit;

const MPP_WIDGETS_VERSION = '0.1.0';

/** The three elements: shortcode/block name => tag and the attributes each accepts (attribute => sanitiser). */
function mpp_widgets_elements() {
	$common = array(
		'agency'        => 'sanitize_key',
		'heading-level' => 'absint',
		'theme'         => 'mpp_widgets_theme',
		'lang'          => 'mpp_widgets_lang',
		'api-base'      => 'esc_url_raw',
		'loading'       => 'mpp_widgets_loading',
	);
	return array(
		'mpp_service_finder' => array(
			'tag'   => 'mpp-service-finder',
			'title' => 'MPP: Cari layanan',
			'attrs' => $common + array(
				'category'    => 'sanitize_text_field',
				'query'       => 'sanitize_text_field',
				'booking-url' => 'mpp_widgets_booking_url',
				'sync-url'    => 'mpp_widgets_flag',
			),
		),
		'mpp_queue_booking'  => array(
			'tag'   => 'mpp-queue-booking',
			'title' => 'MPP: Ambil antrean',
			'attrs' => $common + array( 'service' => 'sanitize_key' ),
		),
		'mpp_status_tracker' => array(
			'tag'   => 'mpp-status-tracker',
			'title' => 'MPP: Cek status',
			'attrs' => $common + array(
				'code'             => 'sanitize_text_field',
				'refresh-interval' => 'absint',
			),
		),
	);
}

function mpp_widgets_theme( $value ) {
	return in_array( $value, array( 'light', 'dark', 'auto' ), true ) ? $value : '';
}

function mpp_widgets_loading( $value ) {
	return in_array( $value, array( 'lazy', 'eager' ), true ) ? $value : '';
}

function mpp_widgets_lang( $value ) {
	return in_array( $value, array( 'id', 'en' ), true ) ? $value : '';
}

function mpp_widgets_flag( $value ) {
	return in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'sync-url' ), true ) ? '1' : '';
}

/** A link template keeps its `{service}` placeholder, which esc_url_raw would encode. */
function mpp_widgets_booking_url( $value ) {
	return str_replace( '%7Bservice%7D', '{service}', esc_url_raw( str_replace( '{service}', '%7Bservice%7D', $value ) ) );
}

/** The settings: the API's address and the default language. */
function mpp_widgets_settings() {
	return wp_parse_args(
		get_option( 'mpp_widgets', array() ),
		array(
			'api_base' => '',
			'lang'     => '',
		)
	);
}

/**
 * The element's markup: every attribute sanitised by its own rule, then escaped with esc_attr; unknown attributes
 * dropped. Also used by the blocks (render_callback), so a block and a shortcode print the same thing.
 */
function mpp_widgets_render( $name, $atts ) {
	$elements = mpp_widgets_elements();
	$element  = $elements[ $name ];
	$settings = mpp_widgets_settings();
	$atts     = is_array( $atts ) ? $atts : array();
	// Shortcode attributes arrive lowercased; accept api_base as well as api-base.
	$given = array();
	foreach ( $atts as $key => $value ) {
		$given[ str_replace( '_', '-', strtolower( (string) $key ) ) ] = is_scalar( $value ) ? (string) $value : '';
	}
	if ( empty( $given['lang'] ) && $settings['lang'] ) {
		$given['lang'] = $settings['lang'];
	}
	$html = '<' . $element['tag'];
	foreach ( $element['attrs'] as $attr => $sanitise ) {
		if ( ! isset( $given[ $attr ] ) || '' === $given[ $attr ] ) {
			continue;
		}
		$value = (string) call_user_func( $sanitise, $given[ $attr ] );
		if ( '' === $value || '0' === $value ) {
			continue;
		}
		$html .= ' ' . $attr . ( 'sync-url' === $attr ? '' : '="' . esc_attr( $value ) . '"' );
	}
	$html .= '></' . $element['tag'] . '>';
	mpp_widgets_enqueue();
	return $html;
}

/** The script, as a module: wp_enqueue_script_module on WordPress 6.5+, else a script_loader_tag filter. */
function mpp_widgets_enqueue() {
	$src = plugins_url( 'assets/mpp-widgets.js', __FILE__ );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'mpp-widgets', $src, array(), MPP_WIDGETS_VERSION );
	} else {
		wp_enqueue_script( 'mpp-widgets', $src, array(), MPP_WIDGETS_VERSION, true );
	}
}

/** Before 6.5: turn the enqueued script into `<script type="module">`. */
add_filter(
	'script_loader_tag',
	function ( $tag, $handle, $src ) {
		if ( 'mpp-widgets' !== $handle ) {
			return $tag;
		}
		return '<script type="module" src="' . esc_url( $src ) . '"></script>' . "\n";
	},
	10,
	3
);

/** The API's address for every widget of the page: configure() would need a second module; a data attribute does. */
function mpp_widgets_api_base_meta() {
	$settings = mpp_widgets_settings();
	if ( $settings['api_base'] ) {
		// The widgets read the data-api-base of the only script that has one.
		echo '<script type="application/json" id="mpp-widgets-config" data-api-base="' . esc_attr( esc_url( $settings['api_base'] ) ) . '"></script>' . "\n";
	}
}
add_action( 'wp_head', 'mpp_widgets_api_base_meta' );

/**
 * Each widget's height held from the page's first paint (the README's snippet, copied into assets/reserve.css by
 * the build), so nothing below a widget moves when the script runs or the data comes.
 */
function mpp_widgets_reserve_style() {
	$css = file_get_contents( __DIR__ . '/assets/reserve.css' );
	if ( false !== $css ) {
		// Our own static file, never user input; strip_tags keeps it inside the style element whatever it holds.
		echo '<style id="mpp-widgets-reserve">' . wp_strip_all_tags( $css ) . '</style>' . "\n";
	}
}
add_action( 'wp_head', 'mpp_widgets_reserve_style' );

add_action(
	'init',
	function () {
		foreach ( mpp_widgets_elements() as $name => $element ) {
			add_shortcode(
				$name,
				function ( $atts ) use ( $name ) {
					return mpp_widgets_render( $name, $atts );
				}
			);
			$attributes = array();
			foreach ( array_keys( $element['attrs'] ) as $attr ) {
				$attributes[ str_replace( '-', '_', $attr ) ] = array( 'type' => 'string' );
			}
			register_block_type(
				'mpp-widgets/' . str_replace( array( 'mpp_', '_' ), array( '', '-' ), $name ),
				array(
					'api_version'     => 2,
					'title'           => $element['title'],
					'category'        => 'widgets',
					'attributes'      => $attributes,
					'editor_script'   => 'mpp-widgets-blocks',
					'render_callback' => function ( $atts ) use ( $name ) {
						return mpp_widgets_render( $name, $atts );
					},
				)
			);
		}
		wp_register_script(
			'mpp-widgets-blocks',
			plugins_url( 'blocks/editor.js', __FILE__ ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
			MPP_WIDGETS_VERSION,
			true
		);
	}
);

require_once __DIR__ . '/settings.php';
