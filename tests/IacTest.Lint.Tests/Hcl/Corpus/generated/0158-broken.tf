variable v0" {
  description = "🙂\"q\""
}