<?php

/*
 * A controller that has not been migrated, with the classes pasted into its own file. The file
 * declares a namespace, so the pasted classes are App\Http\Controllers\Api\AccessToken2 and so
 * on: nothing collides with the extension, and nothing uses it either. The pasted copy is
 * reduced here to a build() that says where the token came from.
 */

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use Illuminate\Http\Request;

class PastedCopyController extends Controller
{
    public function generateToken(Request $request)
    {
        $token = new AccessToken2(env('AGORA_APP_ID'), env('AGORA_APP_CERTIFICATE'), 3600);

        return response()->json(["code" => 0, "data" => $token->build(), "msg" => "success"]);
    }
}

class AccessToken2
{
    public function __construct($appId = "", $appCert = "", $expire = 900)
    {
    }

    public function build()
    {
        return "built by the pasted copy";
    }
}
