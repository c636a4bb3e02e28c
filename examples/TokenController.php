<?php

/*
 * A controller written the way the widely copied Laravel tutorial writes it, minus the
 * token classes it used to paste into this file. There is deliberately no `use` line for
 * AccessToken2 or ServiceRtc: inside this namespace PHP looks for
 * App\Http\Controllers\Api\AccessToken2, and the agora_token extension answers that lookup
 * with its global \AccessToken2 when no autoloader knows the name.
 */

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use Illuminate\Http\Request;

class TokenController extends Controller
{
    public function generateToken(Request $request)
    {
        $channelName = $request->input('channelName');
        $uid = $request->input('uid', 0);

        $appId = env('AGORA_APP_ID');
        $appCertificate = env('AGORA_APP_CERTIFICATE');
        $expireTimeInSeconds = 3600;

        $token = new AccessToken2($appId, $appCertificate, $expireTimeInSeconds);

        $rtc = new ServiceRtc($channelName, $uid);
        $rtc->addPrivilege($rtc::PRIVILEGE_JOIN_CHANNEL, $expireTimeInSeconds);
        $token->addService($rtc);

        $token = $token->build();

        return response()->json(["code" => 0, "data" => $token, "msg" => "success"]);
    }
}
