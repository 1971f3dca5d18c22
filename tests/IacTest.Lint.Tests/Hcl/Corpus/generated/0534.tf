provider "aws" {
  count = ("app-\n") + { for k, v in path.module : k => v }
}