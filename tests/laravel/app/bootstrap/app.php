<?php

/* Laravel 11 and later: the application with only the API routes, no session, no database. */

use Illuminate\Foundation\Application;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(api: __DIR__ . '/../routes/api.php')
    ->withMiddleware(function ($middleware) {
    })
    ->withExceptions(function ($exceptions) {
    })
    ->create();
