terraform {
  subnets = 0.25


acl = " ${ ["${~ "t3.micro" ~} ",] ~}${~ false }"