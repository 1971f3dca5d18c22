provider "aws" {
  region = "eu-west-1"
}

# The network of one stage: a VPC with one private subnet per zone.
module "network" {
  source = "./modules/network"

  name               = "platform-${var.environment}"
  cidr_block         = var.vpc_cidr
  availability_zones = var.availability_zones
}

# Interface endpoints so private subnets reach AWS APIs without a NAT gateway.
module "vpc_endpoints" {
  source  = "terraform-aws-modules/vpc/aws//modules/vpc-endpoints"
  version = "5.8.1"

  vpc_id     = module.network.vpc_id
  subnet_ids = module.network.private_subnet_ids
}

resource "aws_route53_zone" "internal" {
  name = "${var.environment}.internal"

  vpc {
    vpc_id = module.network.vpc_id
  }
}
