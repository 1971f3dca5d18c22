namespace AnsibleNginx.Tests;

/// <summary>meta/argument_specs.yml checked in C#, without running Ansible: the same rules Ansible applies at the role's start.</summary>
public sealed class ArgumentSpecTests
{
    private static readonly AnsibleRole Nginx = AnsibleRole.Load(SamplePaths.NginxRole);

    [Fact]
    public void A_server_name_with_the_defaults_is_valid()
    {
        // When
        var errors = Nginx.ValidateArguments(new Dictionary<string, object?> { ["nginx_server_name"] = "www.example.test" });

        // Then
        Nginx.Diagnostics.ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void A_port_that_is_not_a_number_is_reported_by_its_name()
    {
        // When
        var errors = Nginx.ValidateArguments(new Dictionary<string, object?>
        {
            ["nginx_server_name"] = "www.example.test",
            ["nginx_port"] = "eighty",
        });

        // Then
        var error = errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("nginx_port");
        error.Message.ShouldBe("must be of type int, got str 'eighty'");
    }

    [Fact]
    public void A_missing_server_name_is_reported_by_its_name()
    {
        // When: only the role's defaults, which leave the server name to the play
        var errors = Nginx.ValidateArguments();

        // Then
        var error = errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("nginx_server_name");
        error.Message.ShouldBe("is required but was not given");
    }
}
