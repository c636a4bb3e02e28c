<?php

/*
 * Stands in for Agora's official AccessToken2.php as an application that has not migrated keeps
 * it: a file of global class declarations, required by the controller. Only the declarations
 * matter here (the first of them is what collides with the extension), so the bodies are empty.
 */

class Service
{
}

class ServiceRtc extends Service
{
}

class AccessToken2
{
}
