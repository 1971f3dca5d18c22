terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

locals {
  common_tags = merge(var.tags, {
    Module    = "network"
    ManagedBy = "terraform"
  })
  subnet_keys = sort(keys(var.subnets))
  az_by_subnet = {
    for index, key in local.subnet_keys : key => element(var.availability_zones, index)
  }
  public_subnets = [for key, subnet in var.subnets : key if subnet.public]
}

resource "aws_vpc" "this" {
  cidr_block           = var.cidr_block
  enable_dns_hostnames = true

  tags = merge(local.common_tags, { Name = "${var.name}-vpc" })
}

resource "aws_subnet" "this" {
  for_each = var.subnets

  vpc_id                  = aws_vpc.this.id
  cidr_block              = cidrsubnet(var.cidr_block, each.value.new_bits, index(local.subnet_keys, each.key))
  availability_zone       = local.az_by_subnet[each.key]
  map_public_ip_on_launch = each.value.public

  tags = merge(local.common_tags, {
    Name = format("%s-%s", var.name, each.key)
    Tier = each.value.tier
  })
}

resource "aws_security_group" "web" {
  name_prefix = "${var.name}-web-"
  vpc_id      = aws_vpc.this.id

  dynamic "ingress" {
    for_each = toset([80, 443])
    iterator = port
    content {
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  lifecycle { create_before_destroy = true }
}
