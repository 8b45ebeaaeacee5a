// Framework namespaces only: which of our own folders a file uses is said in the file
// (docs/architecture.md, "Layers"; tests/Mgi.Api.Tests/Architecture holds it).
global using FastEndpoints;
global using FluentValidation;
global using FluentValidation.Results;
