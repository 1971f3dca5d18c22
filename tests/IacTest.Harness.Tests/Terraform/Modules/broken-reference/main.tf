terraform {
  required_version = ">= 1.7.0"
}

resource "terraform_data" "queue" {
  input = "orders"
}

output "queue_id" {
  description = "Id of the queue."
  value       = terraform_data.queues.id
}
