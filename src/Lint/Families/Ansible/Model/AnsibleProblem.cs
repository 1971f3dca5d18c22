using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Model;

/// <summary>A structural problem found while reading Ansible content (reported by the schema rule).</summary>
/// <param name="Position">Where it is.</param>
/// <param name="SubId">The schema sub-id (<c>playbook</c>, <c>tasks</c>, …).</param>
/// <param name="Message">What is wrong.</param>
internal sealed record AnsibleProblem(Position Position, string SubId, string Message);
