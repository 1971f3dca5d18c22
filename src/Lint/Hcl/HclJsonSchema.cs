namespace IacTest.Lint.Hcl;

/// <summary>
/// Which JSON properties of a body are blocks, and how many labels each has. JSON cannot tell a block from an
/// object-valued argument, so reading <c>.tf.json</c> into the body model needs this; the rest are arguments.
/// </summary>
public sealed class HclJsonSchema
{
    private readonly Dictionary<string, (int Labels, HclJsonSchema Content)> _blocks = new(StringComparer.Ordinal);

    /// <summary>A schema where every property is an argument.</summary>
    public static HclJsonSchema Empty => new();

    /// <summary>The blocks of a Terraform module: resources, data sources, module calls, variables, outputs and their nested blocks.</summary>
    public static HclJsonSchema Terraform
    {
        get
        {
            var resource = new HclJsonSchema()
                .WithBlock("lifecycle", 0).WithBlock("provisioner", 1, new HclJsonSchema().WithBlock("connection", 0))
                .WithBlock("connection", 0).WithBlock("dynamic", 1, new HclJsonSchema().WithBlock("content", 0));
            var terraform = new HclJsonSchema().WithBlock("required_providers", 0).WithBlock("backend", 1).WithBlock("cloud", 0);
            return new HclJsonSchema()
                .WithBlock("resource", 2, resource).WithBlock("data", 2, resource).WithBlock("ephemeral", 2, resource)
                .WithBlock("module", 1).WithBlock("variable", 1, new HclJsonSchema().WithBlock("validation", 0))
                .WithBlock("output", 1, new HclJsonSchema().WithBlock("precondition", 0)).WithBlock("provider", 1)
                .WithBlock("locals", 0).WithBlock("terraform", 0, terraform).WithBlock("moved", 0).WithBlock("import", 0)
                .WithBlock("removed", 0).WithBlock("check", 1);
        }
    }

    /// <summary>Declares <paramref name="type"/> a block with <paramref name="labels"/> labels and the given content.</summary>
    public HclJsonSchema WithBlock(string type, int labels, HclJsonSchema? content = null)
    {
        _blocks[type] = (labels, content ?? Empty);
        return this;
    }

    internal bool TryGetBlock(string type, out int labels, out HclJsonSchema content)
    {
        if (_blocks.TryGetValue(type, out var block))
        {
            (labels, content) = block;
            return true;
        }

        labels = 0;
        content = Empty;
        return false;
    }
}
