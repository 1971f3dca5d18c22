terraform {
  zone = 1e3
}

tags = 1.5 > "$"