<?php
// PHP's built-in server for the WordPress test: /wp-content/ from the test's own content folder (MPP_WP_CONTENT);
// PHP files of WordPress run here with WORDPRESS_CONFIG set (Debian's wp-config.php picks the test's config by it);
// other files are served by the server itself.
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$content = getenv('MPP_WP_CONTENT');
if ($content && strpos($path, '/wp-content/') === 0) {
    $file = realpath($content . substr($path, strlen('/wp-content')));
    if ($file && strpos($file, realpath($content)) === 0 && is_file($file)) {
        $types = ['js' => 'text/javascript', 'css' => 'text/css', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'json' => 'application/json'];
        header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream'));
        readfile($file);
        return true;
    }
    http_response_code(404);
    return true;
}
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if (is_dir($file)) {
    $path = rtrim($path, '/') . '/index.php';
    $file = $_SERVER['DOCUMENT_ROOT'] . $path;
}
if (substr($file, -4) === '.php' && is_file($file)) {
    $_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = $path;
    $_SERVER['SCRIPT_FILENAME'] = $file;
    chdir(dirname($file));
    require $file;
    return true;
}
return false;
