using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>risky-octal</c>: a numeric mode that YAML reads as decimal.</summary>
internal sealed class RiskyOctalRule : AnsibleTaskRule
{
    private static readonly HashSet<string> Modules = ["assemble", "copy", "file", "ini_file", "lineinfile", "replace", "synchronize", "template", "unarchive"];

    /// <inheritdoc />
    public override string Code => "IAC0229";

    /// <inheritdoc />
    public override string Name => "risky-octal";

    /// <inheritdoc />
    public override string Title => "Octal file permissions must contain leading zero or be a string";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["formatting"];

    /// <inheritdoc />
    public override string Description => "`mode: 644` is the decimal number 644 (octal 1204): a nonsense permission. Quote the mode (`\"0644\"`) or use a symbolic one (`u=rw,g=r,o=r`).";

    /// <inheritdoc />
    public override string BadExample => "- name: Folder\n  ansible.builtin.file:\n    path: /tmp/x\n    state: directory\n    mode: 755\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Folder\n  ansible.builtin.file:\n    path: /tmp/x\n    state: directory\n    mode: \"0755\"\n";

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        if (!Modules.Contains(task.Module!) || !task.ArgumentsOrEmpty.TryGetValue("mode", out var mode) || mode.Node is not YScalar { IsPlain: true } scalar)
        {
            return;
        }

        var value = ParseYamlInteger(scalar.Value);
        if (value is { } number && IsInvalid(number))
        {
            context.Report(task.Line, 1, $"`mode: {number}` should have a string value with leading zero `mode: \"0{Convert.ToString(number, 8)}\"` or use symbolic mode.");
        }
    }

    /// <summary>YAML 1.1 integers: decimal, <c>0</c>-prefixed octal, <c>0o</c>, <c>0x</c>.</summary>
    private static int? ParseYamlInteger(string text)
    {
        try
        {
            if (text.StartsWith("0o", StringComparison.Ordinal))
            {
                return Convert.ToInt32(text[2..], 8);
            }

            if (text.StartsWith("0x", StringComparison.Ordinal))
            {
                return Convert.ToInt32(text[2..], 16);
            }

            if (text.Length > 1 && text[0] == '0' && text.All(c => c is >= '0' and <= '7'))
            {
                return Convert.ToInt32(text, 8);
            }

            return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    private static bool IsInvalid(int mode)
    {
        var other = mode % 8;
        var group = (mode >> 3) % 8;
        var user = (mode >> 6) % 8;
        var userExec = user % 2 == 1;
        var otherWriteWithoutRead = other != 0 && other < 4 && !(other == 1 && userExec);
        var groupWriteWithoutRead = group != 0 && group < 4 && !(group == 1 && userExec);
        var userWriteWithoutRead = user != 0 && user < 4 && user != 1;
        return otherWriteWithoutRead || groupWriteWithoutRead || userWriteWithoutRead || other > group || other > user || group > user;
    }
}
