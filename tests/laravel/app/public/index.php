<?php

/* The front controller that nginx hands every request to, through PHP-FPM. */

use Illuminate\Http\Request;

define('LARAVEL_START', microtime(true));

require __DIR__ . '/../vendor/autoload.php';

(require_once __DIR__ . '/../bootstrap/app.php')->handleRequest(Request::capture());
