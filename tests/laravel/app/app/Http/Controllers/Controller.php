<?php

namespace App\Http\Controllers;

/* The base controller of a new Laravel 11 application. */
abstract class Controller
{
}
