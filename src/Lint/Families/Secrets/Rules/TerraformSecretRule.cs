using IacTest.Lint.Families.Secrets.Model;
using IacTest.Lint.Families.Terraform.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>
/// Secrets in Terraform: literal credentials in <c>provider</c> blocks, in variable defaults and in <c>.tfvars</c>;
/// values of a known credential shape anywhere; outputs that carry a secret without <c>sensitive = true</c>.
/// </summary>
internal sealed class TerraformSecretRule : SecretRule
{
    /// <inheritdoc />
    public override string Code => "IAC0610";

    /// <inheritdoc />
    public override string Name => "terraform-secret";

    /// <inheritdoc />
    public override string Title => "Terraform must not hold literal credentials or output secrets unmarked";

    /// <inheritdoc />
    public override SourceLanguage Language => SourceLanguage.Hcl;

    /// <inheritdoc />
    public override bool NeedsDocuments => false;

    /// <inheritdoc />
    public override string ExamplePath => "main.tf";

    /// <inheritdoc />
    public override string Description =>
        "Terraform configuration is committed, and so is what it holds. Reported: a literal string under an argument "
        + "that names a secret (`password`, `secret_key`, `token`, `client_secret`… read by words, as in "
        + "hardcoded-password) in a `provider` block or its nested blocks, in a `variable`'s `default` (the variable's "
        + "own name counts too), and anywhere in a `.tfvars` file; a literal of a known credential shape (cloud access "
        + "keys, service tokens, private keys) anywhere; and an `output` whose name names a secret, or whose value "
        + "reads a secret-named variable or attribute (`var.db_password`, `random_password.db.result`), without "
        + "`sensitive = true`, which Terraform then prints in plan and apply logs. References, interpolations and "
        + "placeholders pass. The finding shows a masked hint, never the value.";

    /// <inheritdoc />
    public override string BadExample => "provider \"aws\" {\n  region     = \"eu-west-1\"\n  secret_key = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY\"\n}\n\nvariable \"db_password\" {\n  type    = string\n  default = \"Tr0ub4dor3-prod\"\n}\n\noutput \"db_password\" {\n  value = var.db_password\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n\nvariable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n\noutput \"db_password\" {\n  value     = var.db_password\n  sensitive = true\n}\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        if (context.File.Hcl is not { IsValid: true } file)
        {
            return;
        }

        var reported = new HashSet<int>();
        if (context.File.Path.EndsWith(".tfvars", StringComparison.Ordinal))
        {
            foreach (var attribute in file.Body.Attributes)
            {
                CheckValue(context, attribute.Name, attribute.Expression, reported);
            }
        }

        foreach (var block in file.Body.Blocks)
        {
            switch (block.Type)
            {
                case "provider":
                    CheckArguments(context, block.Body, reported);
                    break;
                case "variable" when block.Labels.Count == 1 && block.Body.Attribute("default") is { } fallback:
                    CheckValue(context, block.Labels[0].Value, fallback.Expression, reported);
                    break;
                case "output" when block.Labels.Count == 1:
                    CheckOutput(context, block);
                    break;
            }
        }

        foreach (var expression in HclExpressionsOf(file.Body))
        {
            if (expression is HclTemplateExpression { LiteralValue: { } text } && SecretPatterns.IsKnownShape(text) && reported.Add(expression.Range.Start.Byte))
            {
                ReportSecret(context, At(expression.Range), "a literal credential of a known shape", text, SecretPatterns.PublicPrefixLength(text));
            }
        }
    }

    private void CheckArguments(RuleContext context, HclBody body, HashSet<int> reported)
    {
        foreach (var attribute in body.Attributes)
        {
            CheckValue(context, attribute.Name, attribute.Expression, reported);
        }

        foreach (var nested in body.Blocks)
        {
            CheckArguments(context, nested.Body, reported);
        }
    }

    // A literal under a secret name, or secret-named items of an object value (a map of credentials).
    private void CheckValue(RuleContext context, string name, HclExpression value, HashSet<int> reported)
    {
        if (value is HclObjectExpression obj)
        {
            foreach (var item in obj.Items)
            {
                if (item.Key.ConstantName is { } key)
                {
                    CheckValue(context, key, item.Value, reported);
                }
            }

            return;
        }

        if (SecretText.IsSecretKey(name) && ExpressionValues.AsString(value) is { } text && SecretText.IsLiteral(text)
            && reported.Add(value.Range.Start.Byte))
        {
            ReportSecret(context, At(value.Range), $"\"{name}\" holds a literal secret", text);
        }
    }

    private static void CheckOutput(RuleContext context, HclBlock output)
    {
        if (ExpressionValues.AsBoolean(output.Body.Attribute("sensitive")?.Expression) == true || output.Body.Attribute("value") is not { } value)
        {
            return;
        }

        var name = output.Labels[0].Value;
        var secretName = SecretText.IsSecretKey(name);
        var secretSource = value.Expression.DescendantsAndSelf().OfType<HclScopeTraversalExpression>().FirstOrDefault(ReadsSecret);
        if (secretName || secretSource is not null)
        {
            var why = secretSource is null ? "its name names a secret" : "it reads a secret-named value";
            var range = SourceLanguages.IsHclJson(context.File.Path) ? output.OpenBraceRange : output.DefinitionRange;
            context.Report(range.Start.Line, range.Start.Column, $"output \"{name}\" is not marked sensitive = true, but {why}");
        }
    }

    // var.db_password, aws_db_instance.main.password, random_password.db.result: a reference to a secret by its names.
    private static bool ReadsSecret(HclScopeTraversalExpression traversal)
    {
        var names = traversal.Steps.Where(s => s.IsAttribute).Select(s => s.Name!).ToArray();
        return traversal.RootName == "random_password" || (traversal.RootName != "local" && names.Any(SecretText.IsSecretKey));
    }

    private static IEnumerable<HclExpression> HclExpressionsOf(HclBody body) =>
        body.Attributes.SelectMany(a => a.Expression.DescendantsAndSelf()).Concat(body.Blocks.SelectMany(b => HclExpressionsOf(b.Body)));

    private static Position At(HclRange range) => new(range.Start.Line, range.Start.Column, range.Start.Byte);
}
