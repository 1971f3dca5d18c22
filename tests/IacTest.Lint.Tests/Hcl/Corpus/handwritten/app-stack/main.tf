# The application stack: one bucket for artefacts, an instance profile and the web servers.

module "network" {
  source = "../network-module"

  name       = "shop-${terraform.workspace}"
  cidr_block = "10.40.0.0/16"
  tags       = local.tags
}

module "labels" {
  source  = "cloudposse/label/null"
  version = "0.25.0"

  namespace = "shop"
  stage     = terraform.workspace
}

locals {
  tags = {
    Project     = "shop"
    Environment = terraform.workspace
    CostCenter  = "4711"
  }
  instance_count = terraform.workspace == "prod" ? 3 : 1
  user_data = templatefile("${path.module}/templates/cloud-init.yaml.tftpl", {
    hostname = "web"
    packages = ["nginx", "jq"]
    port     = 8080
  })
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "web" {
  name               = "shop-web-${terraform.workspace}"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy" "artefacts" {
  role = aws_iam_role.web.id
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["s3:GetObject"],
          "Resource": "${aws_s3_bucket.artefacts.arn}/*"
        }
      ]
    }
  POLICY
}

resource "aws_s3_bucket" "artefacts" {
  bucket        = "shop-artefacts-${terraform.workspace}"
  force_destroy = !contains(["prod"], terraform.workspace)
  tags          = local.tags
}

resource "aws_instance" "web" {
  count = local.instance_count

  ami           = data.aws_ami.ubuntu.id
  instance_type = count.index == 0 ? "t3.small" : "t3.micro"
  subnet_id     = module.network.subnet_ids["web"]
  user_data     = local.user_data

  root_block_device {
    volume_size = 20 * (count.index + 1)
    encrypted   = true
  }

  tags = merge(local.tags, { Name = "web-${count.index}" })

  lifecycle {
    ignore_changes = [ami, user_data]
    precondition {
      condition     = local.instance_count >= 1 && local.instance_count <= 5
      error_message = "Between one and five web servers, please."
    }
  }
}

data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"]

  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
  }
}

output "web_ips" {
  value     = aws_instance.web[*].private_ip
  sensitive = false
}

output "legacy_first_ip" {
  value = aws_instance.web.0.private_ip
}

output "motd" {
  value = <<EOT
Welcome to %{ if terraform.workspace == "prod" }PRODUCTION%{ else }${terraform.workspace}%{ endif }.
Servers:
%{ for index, ip in aws_instance.web[*].private_ip ~}
  ${index}: ${ip}
%{ endfor ~}
EOT
}
