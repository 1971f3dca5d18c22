terraform {
  required_version = ">= 1.7.0"
}

variable "database_name" {
  description = "Name of the database the migration runs against."
  type        = string
}

variable "migration_command" {
  description = "Command that applies the schema migration; it fails the apply when it exits non-zero."
  type        = string
}

variable "database_password" {
  description = "Password the migration connects with."
  type        = string
  sensitive   = true
  default     = "local-dev-password"
}

variable "teardown_log" {
  description = "File the database appends a line to when it is destroyed (for audit)."
  type        = string
}

resource "terraform_data" "database" {
  input = {
    name         = var.database_name
    teardown_log = var.teardown_log
  }

  provisioner "local-exec" {
    when    = destroy
    command = "echo \"destroyed ${self.input.name}\" >> '${self.input.teardown_log}'"
  }
}

resource "terraform_data" "migration" {
  triggers_replace = [terraform_data.database.id]

  provisioner "local-exec" {
    command = var.migration_command

    environment = {
      DATABASE_NAME     = var.database_name
      DATABASE_PASSWORD = var.database_password
    }
  }
}

output "database_id" {
  description = "Id of the database."
  value       = terraform_data.database.id
}
