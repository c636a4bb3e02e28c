<?php

/*
 * STAND-INS, NOT LARAVEL. Just enough of the framework for TokenController.php to run from
 * the command line: a base controller, a request with input()/get(), and the env() and
 * response()->json() helpers. In a real Laravel application delete this file; the
 * framework provides all of it.
 */

namespace App\Http\Controllers {
    /* Stand-in for Laravel's base controller. */
    abstract class Controller
    {
    }
}

namespace Illuminate\Http {
    /* Stand-in for Illuminate\Http\Request: query/body parameters in one array. */
    class Request
    {
        private array $params;

        public function __construct(array $params = [])
        {
            $this->params = $params;
        }

        public function input($key = null, $default = null)
        {
            if ($key === null) {
                return $this->params;
            }
            return $this->params[$key] ?? $default;
        }

        public function get($key, $default = null)
        {
            return $this->input($key, $default);
        }
    }

    /* Stand-in for Illuminate\Http\JsonResponse. */
    class JsonResponse
    {
        private $data;

        public function __construct($data = [], private int $status = 200)
        {
            $this->data = $data;
        }

        public function getData(bool $assoc = false)
        {
            return json_decode($this->getContent(), $assoc);
        }

        public function getStatusCode(): int
        {
            return $this->status;
        }

        public function getContent(): string
        {
            return json_encode($this->data, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
        }

        public function __toString(): string
        {
            return $this->getContent();
        }
    }

    /* Stand-in for the factory that Laravel's response() helper returns. */
    class ResponseFactory
    {
        public function json($data = [], int $status = 200): JsonResponse
        {
            return new JsonResponse($data, $status);
        }
    }
}

namespace {
    if (!function_exists('env')) {
        /* Stand-in for Laravel's env(): the process environment, then $_ENV and $_SERVER. */
        function env($key, $default = null)
        {
            $value = getenv($key);
            if ($value === false) {
                $value = $_ENV[$key] ?? $_SERVER[$key] ?? $default;
            }
            return $value;
        }
    }

    if (!function_exists('response')) {
        /* Stand-in for Laravel's response() helper (only the no-argument form). */
        function response(): \Illuminate\Http\ResponseFactory
        {
            return new \Illuminate\Http\ResponseFactory();
        }
    }
}
