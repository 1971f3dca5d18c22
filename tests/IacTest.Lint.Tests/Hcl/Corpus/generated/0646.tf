variable "v0" {
  # a comment
  enabled = [count.index.attr, "%%{x}\n",] # note
  # a comment
  zone = self.private_ip /* inline */
}

