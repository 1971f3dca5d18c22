using IacTest.Harness.Secrets;
using IacTest.Harness.Terraform;

namespace IacTest.Harness.Tests.Terraform;

public sealed class TerraformSecretTests
{
    [TerraformFact]
    public async Task Sensitive_outputs_and_secret_inputs_are_never_printed()
    {
        // Given a secret admin token, and a log of everything the harness prints
        var token = "adm-" + Guid.NewGuid().ToString("N");
        var log = new List<string>();
        var copy = TerraformWorkingCopy.For(TerraformModules.WebService)
            .WithVariable("service_name", "checkout")
            .WithVariable("admin_token", SecretValue.Of(token))
            .WithLog(log.Add)
            .Create();
        string? derivedKey = null;
        string? printedOutputs = null;

        // When the module is planned, applied and its outputs read
        await copy.RunAsync(async c =>
        {
            var plan = await c.PlanAsync();
            plan.OutputChanges["admin_token"].After.ShouldBeNull();
            var outputs = await c.ApplyAsync();

            // Then the sensitive outputs are only handed out as secrets
            outputs["admin_token"].Sensitive.ShouldBeTrue();
            outputs["admin_token"].Secret().ShouldBe(SecretValue.Of(token));
            Should.Throw<InvalidOperationException>(() => outputs["admin_token"].GetString())
                .Message.ShouldBe("Output 'admin_token' is sensitive: read it with Secret(), which never prints its value.");
            derivedKey = outputs["admin_api_key"].Secret().Reveal();
            printedOutputs = outputs.ToString();
        });

        // And neither the token nor the key derived from it inside the module appears in anything printed
        printedOutputs.ShouldNotBeNull();
        printedOutputs.ShouldContain("admin_token = ********");
        printedOutputs.ShouldContain("service_name = \"checkout-dev\"");
        derivedKey.ShouldNotBeNull();
        derivedKey.Length.ShouldBe(64);
        var printed = string.Join('\n', log) + printedOutputs;
        printed.ShouldNotContain(token);
        printed.ShouldNotContain(derivedKey);

        // And the key, which the test never registered, is masked wherever the harness masks text
        SecretMasker.Shared.Mask($"key={derivedKey}").ShouldBe("key=********");

        // And the token went through a file, not the command line
        log.Where(l => l.StartsWith("$ ", StringComparison.Ordinal)).ShouldContain(l => l.Contains("-var-file=", StringComparison.Ordinal));
    }

    [TerraformFact]
    public async Task A_secret_that_Terraform_itself_prints_in_an_error_is_masked()
    {
        // Given a secret database password, and a migration that prints its environment before failing
        var password = "pw-" + Guid.NewGuid().ToString("N");
        using var log = new TeardownLog();
        var copy = TerraformWorkingCopy.For(TerraformModules.SchemaMigration)
            .WithVariable("database_name", "orders")
            .WithVariable("database_password", SecretValue.Of(password))
            .WithVariable("migration_command", "echo \"connecting with $DATABASE_PASSWORD\"; exit 4")
            .WithVariable("teardown_log", log.Path)
            .Create();

        // When the apply fails
        var error = await Should.ThrowAsync<TerraformException>(() => copy.RunAsync(c => c.ApplyAsync()));

        // Then Terraform's diagnostic quotes the command's output (it suppresses it only in its progress lines), and
        // the harness masked the password in the diagnostic and the message
        var diagnostic = error.Errors.ShouldHaveSingleItem();
        diagnostic.Summary.ShouldBe("local-exec provisioner error");
        diagnostic.Detail.ShouldEndWith("exit status 4. Output: connecting with ********\n");
        error.Message.ShouldContain("exit status 4. Output: connecting with ********");
        error.Message.ShouldNotContain(password);
        log.Lines.ShouldBe(["destroyed orders"]);
    }
}
