// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"

#include "cli.h"

namespace trato::cli {

bool Arguments::has(const QString &name) const
{
    for (const auto &o : m_options)
        if (o.first == name)
            return true;
    return false;
}

QString Arguments::value(const QString &name) const
{
    QString v;
    for (const auto &o : m_options)
        if (o.first == name)
            v = o.second;
    return v;
}

QStringList Arguments::values(const QString &name) const
{
    QStringList out;
    for (const auto &o : m_options)
        if (o.first == name)
            out << o.second;
    return out;
}

bool Arguments::parse(const QStringList &tokens, const QList<OptionSpec> &specs, Arguments *out,
                      QString *error)
{
    bool onlyPositional = false;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (onlyPositional || !token.startsWith(QLatin1String("--"))) {
            // A lone "-" is a positional word too (e.g. a value); "-x" short options do not exist.
            if (!onlyPositional && token.size() > 1 && token.startsWith(QLatin1Char('-'))
                && !token.at(1).isDigit()) {
                *error = Cli::tr("unknown option \"%1\"").arg(token);
                return false;
            }
            out->positional << token;
            continue;
        }
        if (token == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        QString name = token.mid(2);
        QString value;
        bool hasInlineValue = false;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        const OptionSpec *spec = nullptr;
        for (const auto &s : specs)
            if (name == QLatin1String(s.name))
                spec = &s;
        if (!spec) {
            *error = Cli::tr("unknown option \"--%1\"").arg(name);
            return false;
        }
        if (!spec->valueName) {
            if (hasInlineValue) {
                *error = Cli::tr("--%1 does not take a value").arg(name);
                return false;
            }
        } else if (!hasInlineValue) {
            if (i + 1 >= tokens.size()) {
                *error = Cli::tr("--%1 needs a value (%2)").arg(name, QString::fromLatin1(spec->valueName));
                return false;
            }
            value = tokens.at(++i);
        }
        if (spec->valueName) {
            const QString kind = QString::fromLatin1(spec->valueName);
            qint64 count = 0;
            if ((kind == QLatin1String("N") || kind == QLatin1String("S")) && !parseCount(value, &count)) {
                *error = Cli::tr("--%1: \"%2\" is not a whole number of zero or more").arg(name, value);
                return false;
            }
            if (kind.contains(QLatin1Char('|')) && !kind.split(QLatin1Char('|')).contains(value)) {
                *error = Cli::tr("--%1 must be one of: %2").arg(name, kind.split(QLatin1Char('|')).join(QStringLiteral(", ")));
                return false;
            }
        }
        if (!spec->repeatable && out->has(name)) {
            *error = Cli::tr("--%1 is given more than once").arg(name);
            return false;
        }
        out->add(name, value);
    }
    return true;
}

bool parseCount(const QString &text, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < 0)
        return false;
    *out = v;
    return true;
}

} // namespace trato::cli
