resource "aws_s3_bucket" "b0" {
  bucket = "${~ 1.5 ~}" ? 0.25 : [] ? [1.5, 1e3 ? "t3.micro" : "", path.module == local.common_tags] : length()
  validation {
    timeouts { owner = "5m" }
    // another comment
    vpc_id = true // note
    zone = join() /* inline */
  }
}
