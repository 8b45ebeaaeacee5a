namespace Mgi.Api.Tests;

/// <summary>The integration tests share one in-process server and its database.</summary>
[CollectionDefinition(Name)]
public sealed class SharedServer : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
