<?php

/*
 * A controller that has not been migrated: it still loads its copy of the official classes,
 * which declares them in the global namespace. With the extension loaded, PHP stops at the first
 * of them with "Cannot declare class Service, because the name is already in use".
 */

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use Illuminate\Http\Request;

require_once base_path('legacy/AccessToken2.php');

class RequiredCopyController extends Controller
{
    public function generateToken(Request $request)
    {
        $token = new \AccessToken2(env('AGORA_APP_ID'), env('AGORA_APP_CERTIFICATE'), 3600);

        return response()->json(["code" => 0, "data" => get_class($token), "msg" => "success"]);
    }
}
