// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace trato::cli {

// One --option of a command, as shown in its help.
struct OptionSpec
{
    const char *name;               // without the leading "--"
    const char *valueName;          // nullptr: a flag without a value; "N" or "S": a whole number
                                    // of zero or more; "a|b|c": one of those words
    const char *help;               // English; translated when printed
    bool repeatable = false;        // may be given several times (--where, --option)
};

// A command's arguments after parsing: the positional words in order and the options by name.
// Subcommand style ("list ENTITY --limit 5") does not fit QCommandLineParser, which wants every
// option declared before it knows the command, so this small parser takes the command's own specs.
class Arguments
{
public:
    QStringList positional;

    bool has(const QString &name) const;
    QString value(const QString &name) const;        // the last one given
    QStringList values(const QString &name) const;   // every one, in order
    void add(const QString &name, const QString &value) { m_options.append({name, value}); }

    // Parses "--name VALUE", "--name=VALUE", flags and "--" (everything after it is positional).
    // Returns false with a message for an unknown option, a missing value or a value that does
    // not fit the option's valueName (so usage errors come before any database work).
    static bool parse(const QStringList &tokens, const QList<OptionSpec> &specs, Arguments *out,
                      QString *error);

private:
    QList<QPair<QString, QString>> m_options;
};

// A non-negative whole number from an option value, e.g. --limit; false if it is not one.
bool parseCount(const QString &text, qint64 *out);

} // namespace trato::cli
