using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>Base of the rules that read a role's <c>meta/main.yml</c>.</summary>
internal abstract class MetaRule : AnsibleRule
{
    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind == FileKind.AnsibleMeta;

    /// <inheritdoc />
    public override string ExamplePath => "roles/example/meta/main.yml";

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        if (context.File.Documents.Count > 0 && context.File.Documents[0].Root is YMapping root)
        {
            CheckMeta(context, root, root["galaxy_info"] as YMapping);
        }
    }

    /// <summary>Checks the meta file's root mapping and its <c>galaxy_info</c> (null when missing or not a mapping).</summary>
    protected abstract void CheckMeta(RuleContext context, YMapping root, YMapping? galaxyInfo);

    /// <summary>Whether a value is set the way Python sees it as true (present, not empty, not false).</summary>
    protected static bool IsSet(YNode? node) => node switch
    {
        null => false,
        YScalar scalar => !scalar.IsNull && scalar.Value.Length > 0 && !(scalar.IsPlain && scalar.Value is "false" or "False" or "no" or "0"),
        YSequence list => list.Items.Count > 0,
        YMapping mapping => mapping.Pairs.Count > 0,
        _ => true,
    };

    /// <summary>Whether a scalar would load as a string (quoted, or plain and not a number, boolean or null).</summary>
    protected static bool IsString(YNode? node) => node is YScalar scalar && (!scalar.IsPlain
        || !(scalar.IsNull || scalar.Value is "true" or "false" or "True" or "False" or "yes" or "no"
            || double.TryParse(scalar.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)));
}
