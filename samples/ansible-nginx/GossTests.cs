namespace AnsibleNginx.Tests;

/// <summary>The same expectations as <see cref="SmokeTests"/>, kept in goss.yaml: one test row per resource.</summary>
[Collection(ConvergedNginxCollection.Name)]
public sealed class GossTests(ConvergedNginx nginx)
{
    [DockerTheory]
    [GossData("goss.yaml", RetryTimeoutSeconds = 10)]
    public Task The_machine_matches_goss_yaml(GossCase check) => check.AssertAsync(nginx.Environment);
}
