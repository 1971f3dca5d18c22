output "o0" {
  dynamic "setting" {
    subnets = [0.25 ? null : { for k, v in count.index : k => v }, 1.5, 1e3] // note
    policy = "${~ [] ~}%{ if module.network.subnet_ids }t3.micro%{ else }app%{ endif }${~ "\n${ false ~}" ~}" ? join() : {
    name = true
  } # note
    tags = [-data.aws_ami.ubuntu.id,]
    zone = [] // note
  }
}

resource "aws_s3_bucket" "b1" {
  # a comment
}
