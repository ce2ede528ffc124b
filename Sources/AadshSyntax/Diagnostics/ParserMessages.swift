/// Parser message texts by error id, verbatim from PowerShell's `ParserStrings.resx`.
///
/// Texts are composite-format strings: `{0}`, `{1}` are arguments and `{{`/`}}` are literal braces.
public enum ParserMessages {
  /// The message template for each parser error id.
  public static let templates: [String: String] = [
    "ArrayHasTooManyDimensions": "The array has too many dimensions: {0}. The number of dimensions for an array must be less than or equal to 32.",
    "BackgroundOperatorInPipelineChain": "Background operators can only be used at the end of a pipeline chain.",
    "BadNumericConstant": "The numeric constant {0} is not valid.",
    "CannotLoadAssemblyFromUncPath": "Cannot use assembly with an UNC path: '{0}'.",
    "CannotLoadAssemblyWithUriSchema": "Cannot use assembly with uri schema '{0}'.",
    "ClassesNotAllowedInConstrainedLanguage": "Class keyword is not allowed in ConstrainedLanguage mode.",
    "DuplicateFormalParameter": "Duplicate parameter ${0} in parameter list.",
    "DuplicateKeyInHashLiteral": "Duplicate keys '{0}' are not allowed in hash literals.",
    "DuplicateNamedArgument": "Duplicate named arguments '{0}' are not allowed.",
    "DuplicateQualifier": "Duplicate '{0}' qualifier",
    "DuplicateScriptCommandClause": "Script command clause '{0}' has already been defined.",
    "DynamicKeywordPostParseException": "Exception occurred when post-parsing dynamic keyword '{0}' with details '{1}'.",
    "DynamicKeywordPreParseException": "Exception occurred when pre-parsing dynamic keyword '{0}' with details '{1}'.",
    "EmptyPipeElement": "An empty pipe element is not allowed.",
    "EmptyPipelineChainElement": "A pipeline chain operator must be followed by a pipeline.",
    "EmptyVariableReference": "An empty ${} variable reference was found. A name is required inside the braces.",
    "EndSquareBracketExpectedAtEndOfAttribute": "Missing ] at end of attribute or type literal.",
    "EndSquareBracketExpectedAtEndOfType": "Missing ] at end of type token.",
    "ErrorLoadingAssembly": "Cannot load assembly '{0}'.",
    "ExpectedExpression": "An expression was expected after '('.",
    "ExpectedValueExpression": "You must provide a value expression following the '{0}' operator.",
    "ExpressionsMustBeFirstInPipeline": "Expressions are only allowed as the first element of a pipeline.",
    "FileReadError": "The file could not be read: {0}.",
    "IfStatementMissingCondition": "Missing condition in if statement after '{0} ('.",
    "InvalidLeftHandSide": "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
    "IncompleteDollarSubexpressionReference": "$(subexpression) is missing the closing ')'.",
    "IncompleteDollarVariableReference": "${{variable}} reference starting is missing the closing '}}'.",
    "IncompleteMemberDefinition": "Missing a property name or method definition.",
    "IncompletePropertyAssignmentBlock": "There is an incomplete property assignment block in the instance definition.",
    "IncompleteString": "Incomplete string token.",
    "InvalidBracedVariableReference": "Variable reference is not valid. The variable name is missing.",
    "InvalidForeachFlag": "The parameter {0} is not valid for the foreach statement.",
    "InvalidFunctionParameter": "Parameter declarations are a comma-separated list of variable names with optional initializer expressions.",
    "InvalidParameterForDataSectionStatement": "The \"{0}\" parameter of the Data section is not valid. The valid Data section parameter is SupportedCommand.",
    "InvalidSwitchFlag": "The parameter {0} is not valid for the switch statement.",
    "InvalidUnderlyingType": "'{0}' is not a valid underlying type for enums. Expected a builtin integral type (one of byte, sbyte, short, ushort, int, uint, long or ulong)",
    "InvalidUnicodeEscapeSequence": "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.",
    "InvalidUnicodeEscapeSequenceValue": "The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.",
    "InvalidValueForUsingItemName": "'{0}' is not a valid value for using name.",
    "InvalidVariableReference": "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
    "InvalidVariableReferenceWithDrive": "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
    "MissingArgument": "Missing argument in parameter list.",
    "MissingArrayIndexExpression": "Array index expression is missing or not valid.",
    "MissingAssemblyNameSpecification": "The type name is missing the assembly name specification.",
    "MissingBaseCtorCall": "Missing 'base' after ':' in a base class constructor call.",
    "MissingBraceInObjectDefinition": "Missing '{' in object definition.",
    "MissingCatchHandlerBlock": "The Catch block is missing its statement block.",
    "MissingCatchOrFinally": "The Try statement is missing its Catch or Finally block.",
    "MissingColonInTernaryExpression": "Missing ':' in the ternary expression.",
    "MissingCurlyBraceInSwitchStatement": "Missing '{' in switch statement.",
    "MissingEndCurlyBrace": "Missing closing '}' in statement block or type definition.",
    "MissingEndParenthesisAfterForeach": "Missing closing ')' after expression part of foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
    "MissingEndParenthesisAfterStatement": "Missing closing ')' after expression in '{0}' statement.",
    "MissingEndParenthesisInExpression": "Missing closing ')' in expression.",
    "MissingEndParenthesisInFunctionParameterList": "Missing ')' in function parameter list.",
    "MissingEndParenthesisInMethodCall": "Missing ')' in method call.",
    "MissingEndParenthesisInSubexpression": "Missing closing ')' in subexpression.",
    "MissingEndParenthesisInSwitchStatement": "Missing ')' after expression in switch statement.",
    "MissingEndSquareBracket": "Missing ']' after array index expression.",
    "MissingEqualsInHashLiteral": "Missing '=' operator after key in hash literal.",
    "MissingEqualsInPropertyAssignmentBlock": "Missing '=' operator after key in property assignment.",
    "MissingEqualsInUsingAlias": "Missing '=' operator",
    "MissingExpression": "Missing expression after '{0}' in pipeline element.",
    "MissingExpressionAfterKeyword": "Missing expression after '{0}' in loop.",
    "MissingExpressionAfterOperator": "Missing expression after unary operator '{0}'.",
    "MissingExpressionAfterToken": "Missing expression after '{0}'.",
    "MissingExpressionInNamedArgument": "Missing statement after '=' in named argument.",
    "MissingFileSpecification": "Missing file specification after redirection operator.",
    "MissingFilenameOption": "Cannot process the 'switch' statement because of a missing file name argument to the -file option.",
    "MissingFinallyStatementBlock": "The Finally block is missing its statement block.",
    "MissingForeachExpression": "Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
    "MissingForeachStatement": "Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
    "MissingFunctionBody": "Missing function body in function declaration.",
    "MissingInInForeach": "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
    "MissingLoopStatement": "Missing statement body in {0} loop.",
    "MissingMethodParameterList": "Missing '(' in class method parameter list.",
    "MissingNameAfterKeyword": "Missing name after {0} keyword.",
    "MissingNamedBlocks": "unexpected token '{0}', expected 'begin', 'process', 'end', 'clean', or 'dynamicparam'.",
    "MissingNamedStatementBlock": "Missing statement block after '{0}'.",
    "MissingNamespaceAlias": "Missing namespace alias",
    "MissingOpenParenthesisAfterKeyword": "Missing opening '(' after keyword '{0}'.",
    "MissingOpenParenthesisInIfStatement": "Missing '(' after '{0}' in if statement.",
    "MissingPropertyName": "Missing property name after reference operator.",
    "MissingPropertyTerminator": "Missing ';' or end-of-line in property definition.",
    "MissingStatementAfterKeyword": "Missing statement body after keyword '{0}'.",
    "MissingStatementBlock": "Missing statement block after {0} ( condition ).",
    "MissingStatementBlockAfterElse": "Missing statement block after 'else' keyword.",
    "MissingStatementBlockForDataSection": "The Data section is missing its statement block.",
    "MissingStatementInHashLiteral": "Missing statement after '=' in hash literal.",
    "MissingStatementTerminator": "Missing a newline or semicolon.",
    "MissingSwitchConditionExpression": "Missing condition in switch statement clause.",
    "MissingSwitchStatementClause": "Missing statement block in switch statement clause.",
    "MissingTerminatorMultiLineComment": "The terminator '#>' is missing from the multiline comment.",
    "MissingThrottleLimit": "The ThrottleLimit parameter of the foreach statement is missing a value. Supply a throttle limit to the parameter.",
    "MissingTrapStatement": "The 'trap' statement was incomplete. A trap statement requires a body.",
    "MissingTryStatementBlock": "The Try statement is missing its statement block.",
    "MissingTypeBody": "Missing '{0}' body in '{0}' declaration.",
    "MissingTypeLiteralToken": "Missing type literal.",
    "MissingTypename": "Missing type name after '['.",
    "MissingUnicodeEscapeSequenceTerminator": "The Unicode escape sequence is missing the closing '}'.",
    "MissingUsingItemName": "Missing using name",
    "MissingUsingStatementDirective": "Missing using directive",
    "MissingValueForSupportedCommandInDataSectionStatement": "The SupportedCommand parameter of the Data section is missing a value. Supply a cmdlet or function name to the parameter.",
    "MissingVariableNameAfterForeach": "Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}",
    "MissingWhileOrUntilInDoWhile": "Missing while or until keyword in do loop.",
    "ModifiersCannotBeCombined": "Modifier '{0}' cannot be combined with '{1}'",
    "MultipleSwitchDefaultClauses": "A switch statement can have only one default clause.",
    "OpenBraceNeedsToBeBackTickedInVariableName": "Use `{ instead of { in variable names.",
    "ParameterCannotHaveArgument": "Parameter {0} cannot have an argument.",
    "ParameterRequiresArgument": "Parameter {0} requires an argument.",
    "ParserError": "{0}",
    "PipelineValueRequired": "A switch statement must have one of the following:  '-file file_name' or '( expression )'.",
    "RedirectionNotSupported": "The '{0}' operator is reserved for future use.",
    "RequiredNameOrExpressionMissing": "A required name or expression was missing.",
    "RequiresArgumentMustBeConstant": "Argument must be constant.",
    "RequiresInvalidStringArgument": "The argument for the {0} parameter is not valid. Specify a valid string argument.",
    "RequiresModuleInvalid": "The argument for the Module parameter is not valid. {0}",
    "RequiresPSEditionInvalid": "The argument for the {0} parameter is not valid. Specify a valid PowerShell edition.",
    "RequiresPSEditionValueIsAlreadySpecified": "The argument for the {0} parameter contains duplicate values. Do not specify duplicate PowerShell edition values.",
    "RequiresVersionInvalid": "The argument for the Version parameter is not valid. Specify a valid PowerShell version, in the format major.minor version.",
    "ReservedKeywordNotAllowed": "The '{0}' keyword is not supported in this version of the language.",
    "ScriptTooComplicated": "Processing was stopped because the script is too complex.",
    "TerminatorExpectedAtEndOfString": "The string is missing the terminator: {0}.",
    "TokenAfterEndOfValidScriptText": "Executable script code found in signature block.",
    "TooManyDigitsInUnicodeEscapeSequence": "The Unicode escape sequence contains more than the maximum of six hex digits between braces.",
    "TooManyTypes": "Only one type may be specified on class members.",
    "TypeNameExpected": "Type name expected.",
    "TypeNotAllowedBeforeParam": "Unexpected type [{0}] was found in the parameter statement.",
    "TypeNotAllowedBeforeStatement": "Unexpected type [{0}] was found before statement.",
    "UnexpectedAttribute": "Unexpected attribute '{0}'.",
    "UnexpectedCharactersAfterHereStringHeader": "No characters are allowed after a here-string header but before the end of the line.",
    "UnexpectedNameForType": "The '{0}' resource can only be used once per configuration, and therefore cannot have a name. Remove '{1}', and then run the script again.",
    "UnexpectedToken": "Unexpected token '{0}' in expression or statement.",
    "UnexpectedTokenInDynamicKeyword": "There is no whitespace between the name and the scriptblock in dynamic keyword '{0}' body statement.",
    "UnexpectedUnaryOperator": "Internal error - unexpected unary operator {0}.",
    "UnrecognizedToken": "Unrecognized token in source text.",
    "UnrecoverableParserError": "Unrecoverable error in PowerShell.",
    "UnsupportedReservedKeyword": "The '{0}' keyword is not supported in this version of the language.",
    "UnsupportedReservedProperty": "The '{0}' property is not supported in this version of the language.",
    "UsingMustBeAtStartOfScript": "A 'using' statement must appear before any other statements in a script.",
    "WhitespaceBeforeHereStringFooter": "White space is not allowed before the string terminator.",
  ]

  /// The message for `id` with its `{n}` placeholders filled from `args`.
  public static func format(_ id: ParseErrorID, _ args: [String] = []) -> String {
    guard let template = templates[id.rawValue] else { return id.rawValue }
    var out = ""
    var chars = template.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = chars.next()
    while let c = pending {
      pending = chars.next()
      if c == "{" {
        if pending == "{" {
          out.append("{")
          pending = chars.next()
          continue
        }
        var digits = ""
        while let d = pending, d != "}" {
          digits.unicodeScalars.append(d)
          pending = chars.next()
        }
        pending = chars.next()
        if let n = Int(digits), n < args.count { out += args[n] }
      } else if c == "}" {
        if pending == "}" { pending = chars.next() }
        out.append("}")
      } else {
        out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
