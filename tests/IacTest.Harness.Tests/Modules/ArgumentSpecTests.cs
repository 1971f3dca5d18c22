using IacTest.Harness.Ansible;
using IacTest.Harness.Modules;

namespace IacTest.Harness.Tests.Modules;

public sealed class ArgumentSpecTests
{
    private static readonly AnsibleRole WebUsers = AnsibleRole.Load(TestPaths.Role("web_users"));

    [Fact]
    public void The_role_defaults_satisfy_its_specs()
    {
        // When
        var errors = WebUsers.ValidateArguments();

        // Then
        WebUsers.Diagnostics.ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Ansible_conversions_are_accepted()
    {
        // When: "8080" converts to int, "yes" to bool, "a,b" to a list
        var errors = WebUsers.ValidateArguments(new Dictionary<string, object?>
        {
            ["web_users_port"] = "8080",
            ["web_users_tls"] = new Dictionary<string, object?> { ["enabled"] = "yes" },
            ["web_users_admins"] = "alice,bob",
        });

        // Then
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Types_choices_required_elements_and_nested_options_are_reported_with_paths()
    {
        // When
        var errors = WebUsers.ValidateArguments(new Dictionary<string, object?>
        {
            ["web_users_state"] = "gone",
            ["web_users_port"] = "http",
            ["web_users_list"] = new List<object?>
            {
                new Dictionary<string, object?> { ["name"] = "carol" },
                new Dictionary<string, object?> { ["shell"] = "/bin/zsh", ["uid"] = 1000L },
                "dave",
            },
            ["web_users_tls"] = new Dictionary<string, object?> { ["enabled"] = "maybe" },
            ["web_users_admins"] = new List<object?> { "root", new List<object?>() },
        });

        // Then
        errors.Select(e => e.ToString()).ShouldBe(
        [
            "web_users_state: must be one of [present, absent], got gone",
            "web_users_port: must be of type int, got str 'http'",
            "web_users_list[1].name: is required but was not given (" + new SourceLocation(TestPaths.RoleFile("web_users", "meta/argument_specs.yml"), 18, 11) + ")",
            "web_users_list[1].uid: is not a supported option (supported: name, shell)",
            "web_users_list[2]: must be of type dict, got str 'dave'",
            "web_users_tls.enabled: must be of type bool, got str 'maybe'",
            "web_users_admins[1]: must be of type str, got a list",
        ]);
    }

    [Fact]
    public void A_bad_default_points_at_its_line_in_defaults()
    {
        // Given a role whose default breaks its spec
        var folder = Directory.CreateTempSubdirectory("iactest-spec-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "defaults"));
        Directory.CreateDirectory(Path.Combine(folder, "meta"));
        File.WriteAllText(Path.Combine(folder, "defaults", "main.yml"), "---\nsvc_name: web\nsvc_port: eighty\n");
        File.WriteAllText(Path.Combine(folder, "meta", "main.yml"),
            "argument_specs:\n  main:\n    options:\n      svc_port: {type: int}\n      svc_user: {type: str, required: true}\n      svc_mode: {type: octal}\n");

        try
        {
            // When
            var role = AnsibleRole.Load(folder);
            var errors = role.ValidateArguments();

            // Then
            var defaults = Path.Combine(folder, "defaults", "main.yml");
            var meta = Path.Combine(folder, "meta", "main.yml");
            role.Diagnostics.Select(d => d.ToString()).ShouldBe([$"{meta}:6:24: option 'svc_mode' has the unknown type 'octal'"]);
            errors.ShouldBe(
            [
                new ArgumentValidationError("svc_port", "must be of type int, got str 'eighty'", new SourceLocation(defaults, 3, 1)),
                new ArgumentValidationError("svc_user", "is required but was not given", new SourceLocation(meta, 5, 7)),
            ]);
            Should.Throw<KeyNotFoundException>(() => role.ValidateArguments(entryPoint: "install")).Message
                .ShouldBe($"Role '{Path.GetFileName(folder)}' has no argument_specs entry point 'install' (it has: main).");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
