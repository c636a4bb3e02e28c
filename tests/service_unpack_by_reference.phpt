--TEST--
Service::unpack(&$data) of every service class: fields read back from pack() bytes, the rest left in $data; short data
--EXTENSIONS--
agora_token
--FILE--
<?php
/*
 * Expected: output of the official classes (HEAD), except that on short data
 * the official code emits unpack()/array-offset warnings and substr()
 * deprecations; agora_token leaves the same values without any message from
 * its own code (product decision).
 */
function fields($o) {
    $v = get_object_vars($o);
    if (isset($v['permissions'])) {
        $v['permissions'] = $v['permissions']->details;
    }
    return str_replace(["\n", '  '], ['', ' '], var_export($v, true));
}
$perm = new Rtm2Permissions();
$perm->add(Rtm2Permissions::USERS, Rtm2Permissions::READ, ['u1', 'u2']);
$perm->add(Rtm2Permissions::MESSAGE_CHANNELS, Rtm2Permissions::WRITE, ['m']);
$sources = [
    new ServiceRtc('room1', 42), new ServiceRtm('user'), new ServiceStreaming('ch', 'acc'), new ServiceFpa(),
    new ServiceChat('chat-user'), new ServiceFCdn('ch2', 0), new ServiceApaas('room', 'user', 2),
    new ServiceRtm2('rtm2-user', $perm), new Service(9),
];
foreach ($sources as $src) {
    $src->addPrivilege(2, 60);
    $src->addPrivilege(1, 600);
    $bytes = $src->pack();
    $cls = get_class($src);
    $data = substr($bytes, 2) . "\xAA\xBB";   // unpack() starts after the type
    $dst = $cls === 'Service' ? new Service(9) : new $cls();
    $ret = $dst->unpack($data);
    echo "$cls: ret ", var_export($ret, true), ", left ", bin2hex($data), "\n  ", fields($dst), "\n";
    // short data: only the first 7 bytes after the type
    $short = substr($bytes, 2, 7);
    $dst2 = $cls === 'Service' ? new Service(9) : new $cls();
    $dst2->unpack($short);
    echo "  short: left '", bin2hex($short), "' ", fields($dst2), "\n";
}
?>
--EXPECT--
ServiceRtc: ret NULL, left aabb
  array ( 'type' => 1, 'privileges' =>  array (  1 => 600,  2 => 60, ), 'channelName' => 'room1', 'uid' => '42',)
  short: left '' array ( 'type' => 1, 'privileges' =>  array (  1 => NULL,  '' => NULL, ), 'channelName' => '', 'uid' => '',)
ServiceRtm: ret NULL, left aabb
  array ( 'type' => 2, 'privileges' =>  array (  1 => 600,  2 => 60, ), 'userId' => 'user',)
  short: left '' array ( 'type' => 2, 'privileges' =>  array (  1 => NULL,  '' => NULL, ), 'userId' => '',)
ServiceStreaming: ret NULL, left aabb
  array ( 'type' => 3, 'privileges' =>  array (  1 => 600,  2 => 60, ), 'channelName' => 'ch', 'account' => 'acc',)
  short: left '' array ( 'type' => 3, 'privileges' =>  array (  1 => NULL,  '' => NULL, ), 'channelName' => '', 'account' => '',)
ServiceFpa: ret NULL, left aabb
  array ( 'type' => 4, 'privileges' =>  array (  1 => 600,  2 => 60, ),)
  short: left '' array ( 'type' => 4, 'privileges' =>  array (  1 => NULL,  '' => NULL, ),)
ServiceChat: ret NULL, left aabb
  array ( 'type' => 5, 'privileges' =>  array (  1 => 600,  2 => 60, ), 'userId' => 'chat-user',)
  short: left '' array ( 'type' => 5, 'privileges' =>  array (  1 => NULL,  '' => NULL, ), 'userId' => '',)
ServiceFCdn: ret NULL, left aabb
  array ( 'type' => 6, 'privileges' =>  array (  1 => 600,  2 => 60, ), 'channelName' => 'ch2', 'account' => '',)
  short: left '' array ( 'type' => 6, 'privileges' =>  array (  1 => NULL,  '' => NULL, ), 'channelName' => '', 'account' => '',)
ServiceApaas: ret NULL, left aabb
  array ( 'type' => 7, 'privileges' =>  array (  1 => 600,  2 => 60, ), 'roomUuid' => 'room', 'userUuid' => 'user', 'role' => 2,)
  short: left '' array ( 'type' => 7, 'privileges' =>  array (  1 => NULL,  '' => NULL, ), 'roomUuid' => '', 'userUuid' => '', 'role' => NULL,)
ServiceRtm2: ret NULL, left aabb
  array ( 'type' => 8, 'privileges' =>  array (  1 => 600,  2 => 60, ), 'userId' => 'rtm2-user', 'permissions' =>  array (  0 =>   array (   1 =>    array (    0 => 'm',   ),  ),  4 =>   array (   0 =>    array (    0 => 'u1',    1 => 'u2',   ),  ), ),)
  short: left '' array ( 'type' => 8, 'privileges' =>  array (  1 => NULL,  '' => NULL, ), 'userId' => '', 'permissions' =>  array ( ),)
Service: ret NULL, left aabb
  array ( 'type' => 9, 'privileges' =>  array (  1 => 600,  2 => 60, ),)
  short: left '' array ( 'type' => 9, 'privileges' =>  array (  1 => NULL,  '' => NULL, ),)
