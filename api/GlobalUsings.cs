global using Dapper;
global using FastEndpoints;
global using FluentValidation;
global using Mgi.Api.Common;
global using FluentValidation.Results;
