variable "zone" {
type=string
}