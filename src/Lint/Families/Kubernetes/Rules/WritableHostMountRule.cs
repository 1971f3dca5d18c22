using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>writable-host-mount</c> (template <c>writable-host-mount</c>): containers that mount a host path writable.</summary>
internal sealed class WritableHostMountRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0465";

    /// <inheritdoc />
    public override string Name => "writable-host-mount";


    /// <inheritdoc />
    public override string Title => "Host paths should be mounted read-only";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when containers mount a host path as writable: a `volumeMounts` entry of a `hostPath` volume without `readOnly: true`. Reported at the mount.\n\n**Remediation**: Set containers to mount host paths as readOnly, if you need to access files on the host.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      volumes:\n        - name: config\n          hostPath:\n            path: /srv/shop/config\n      containers:\n        - name: web\n          image: nginx:1.27\n          volumeMounts:\n            - name: config\n              mountPath: /etc/shop\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      volumes:\n        - name: config\n          hostPath:\n            path: /srv/shop/config\n      containers:\n        - name: web\n          image: nginx:1.27\n          volumeMounts:\n            - name: config\n              mountPath: /etc/shop\n              readOnly: true\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.Node["volumeMounts"] is not YSequence mounts || podSpec["volumes"] is not YSequence volumes)
        {
            return;
        }

        foreach (var mount in mounts.Items.OfType<YMapping>())
        {
            var volume = volumes.Items.OfType<YMapping>().FirstOrDefault(v => v.GetScalar("name") == mount.GetScalar("name"));
            if (PodSpecs.At(volume, "hostPath", "path") is YScalar path && !PodSpecs.IsTrue(mount["readOnly"]))
            {
                context.Report(mount, $"container {container.Name} mounts path {path.Value} on the host as writable");
            }
        }
    }
}
