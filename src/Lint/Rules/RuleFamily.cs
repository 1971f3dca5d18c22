namespace IacTest.Lint.Rules;

/// <summary>Which reference tool a rule is compatible with; decides which configuration file and comments govern it.</summary>
public enum RuleFamily
{
    /// <summary>The engine itself: syntax errors, unreadable files.</summary>
    Engine,

    /// <summary>yamllint's rules: configured by <c>.yamllint</c>, suppressed by <c># yamllint disable…</c>.</summary>
    Yaml,

    /// <summary>ansible-lint's rules: configured by <c>.ansible-lint</c>, suppressed by <c># noqa</c>.</summary>
    Ansible,

    /// <summary>Kubernetes schema and kube-linter checks.</summary>
    Kubernetes,

    /// <summary>Docker Compose checks.</summary>
    Compose,

    /// <summary>Secrets committed in clear text.</summary>
    Secrets,

    /// <summary>
    /// tflint's Terraform ruleset over HCL files (<c>.tf</c>, <c>.tfvars</c>, <c>.tf.json</c>): suppressed by
    /// <c># tflint-ignore: rule</c> and <c># tflint-ignore-file: rule</c>.
    /// </summary>
    Terraform,
}
