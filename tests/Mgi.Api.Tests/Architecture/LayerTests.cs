using NetArchTest.Rules;

namespace Mgi.Api.Tests.Architecture;

/// <summary>
/// The shared folders of the service use each other only downwards, as docs/architecture.md
/// ("Layers") draws them, and never a feature: checked on the compiled types (every member,
/// signature and method body), not on the using lines.
/// </summary>
public sealed class LayerTests
{
    const string Root = "Mgi.Api.";

    /// <summary>Each shared folder and the shared folders it may use: the table of docs/architecture.md.</summary>
    public static TheoryData<string, string[]> Layers() => new()
    {
        { "Text", [] },
        { "Csv", [] },
        { "DataSet", [] },
        { "Import", ["DataSet"] },
        { "Data", ["Text", "DataSet"] },
        { "Http", ["Data", "Text", "Csv", "DataSet"] },
        { "ReadModel", ["Http", "Data", "Text", "Csv", "DataSet"] },
        { "Lists", ["ReadModel", "Http", "Data", "Text", "Csv", "DataSet"] },
        { "Contract", ["Lists", "ReadModel", "Http", "Data", "Text", "Csv", "DataSet"] },
    };

    static readonly string[] Shared = ["Text", "Csv", "DataSet", "Import", "Data", "Http", "ReadModel", "Lists", "Contract"];

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_shared_folder_uses_only_the_folders_below_it_and_no_feature(string folder, string[] below)
    {
        // The contract's annotations (its attributes: [Vocabulary], [KnownCode], …) are declarations
        // any layer may carry; the contract's other types are the top of the shared layers.
        var annotations = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace == Root + "Contract" && typeof(Attribute).IsAssignableFrom(t))
            .Select(t => t.FullName!).ToHashSet();
        var contract = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace == Root + "Contract" && !annotations.Contains(t.FullName!) && !t.IsNested)
            .Select(t => t.FullName!);
        var forbidden = Shared.Where(f => f != folder && !below.Contains(f) && f != "Contract").Select(f => Root + f)
            .Append(Root + "Features")
            .Concat(folder == "Contract" || below.Contains("Contract") ? [] : contract)
            .ToArray();

        var result = Types.InAssembly(typeof(Program).Assembly)
            .That().ResideInNamespace(Root + folder)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful,
            $"{folder} uses a folder above it or a feature (docs/architecture.md, \"Layers\"): " +
            string.Join(", ", result.FailingTypes.Select(t => t.FullName)));
    }

    [Fact]
    public void The_table_names_every_shared_folder_of_the_service()
    {
        var folders = typeof(Program).Assembly.GetTypes()
            .Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith(Root, StringComparison.Ordinal) && !n.StartsWith(Root + "Features", StringComparison.Ordinal))
            .Select(n => n[Root.Length..].Split('.')[0])
            .Distinct().Order();
        Assert.Equal(Shared.Order(), folders);
    }
}
