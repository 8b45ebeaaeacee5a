global using Dapper;
global using FastEndpoints;
global using FluentValidation;
global using Mgi.Api.Common;
