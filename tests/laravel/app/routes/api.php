<?php

/* Served under /api by bootstrap/app.php. */

use App\Http\Controllers\Api\PastedCopyController;
use App\Http\Controllers\Api\RequiredCopyController;
use App\Http\Controllers\Api\TokenController;
use Illuminate\Support\Facades\Route;

/* examples/TokenController.php, unchanged: the migrated controller. */
Route::post('/agora/token', [TokenController::class, 'generateToken']);

/* Not migrated: the controller still requires a file that declares the classes globally. */
Route::post('/agora/token-required-copy', [RequiredCopyController::class, 'generateToken']);

/* Not migrated: the classes pasted into the controller's own namespaced file. */
Route::post('/agora/token-pasted-copy', [PastedCopyController::class, 'generateToken']);

/* What this PHP-FPM worker runs with: the module, its version and the ini files it read. */
Route::get('/agora/runtime', function () {
    return response()->json([
        'sapi' => PHP_SAPI,
        'loaded' => extension_loaded('agora_token'),
        'version' => phpversion('agora_token'),
        'ini' => array_map('trim', explode(',', (string)php_ini_scanned_files())),
    ]);
});
