// SPDX-License-Identifier: GPL-3.0-or-later
// Writing records: add, update, delete (to the Trash), restore, purge. Each is one core call and
// one transaction; every value is parsed and checked before anything is written.
#include "commands.h"
#include "recordcolumns.h"

namespace trato::cli {

namespace {

Error inEntity(const Entity &entity, const Error &error)
{
    // Field-level messages from the core ("annual_revenue: "abc" is not an amount of money") get
    // the entity in front; not-found and other messages already say which record.
    if (error.kind != Error::BadInput)
        return error;
    return {error.kind, entity.name + QStringLiteral(": ") + error.message};
}

// FIELD=VALUE words -> storage values, every field name checked before any value is parsed.
bool parseValues(Context &context, const Entity &entity, const QStringList &words, QVariantMap *out,
                 int *exitCode)
{
    QMap<QString, QString> text;
    if (!fieldAssignments(context, words, &text, exitCode))
        return false;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (!entity.field(it.key())) {
            *exitCode = fail(RecordColumns::parseFieldList(entity, it.key()).error());
            return false;
        }
    }
    auto values = context.store->parseInput(entity.name, text, context.locale);
    if (!values) {
        *exitCode = fail(inEntity(entity, values.error()));
        return false;
    }
    *out = values.value();
    return true;
}

} // namespace

int runAdd(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    QVariantMap values;
    int code = Exit::Ok;
    if (!parseValues(context, *e.value(), args.positional.mid(1), &values, &code))
        return code;
    if (const int dup = checkDuplicates(context, *e.value(), values, QString(), args); dup != Exit::Ok)
        return dup;
    auto id = context.store->create(e.value()->name, values);
    if (!id)
        return fail(inEntity(*e.value(), id.error()));
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runUpdate(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    QVariantMap values;
    int code = Exit::Ok;
    if (!parseValues(context, *e.value(), args.positional.mid(2), &values, &code))
        return code;
    if (const int dup = checkDuplicates(context, *e.value(), values, args.positional.at(1), args); dup != Exit::Ok)
        return dup;
    const Status s = context.store->update(e.value()->name, args.positional.at(1), values);
    if (!s)
        return fail(inEntity(*e.value(), s.error()));
    return Exit::Ok;
}

int runDelete(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    const Status s = context.store->remove(e.value()->name, args.positional.at(1));
    return s ? int(Exit::Ok) : fail(s.error());
}

int runRestore(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    const Status s = context.store->restore(e.value()->name, args.positional.at(1));
    return s ? int(Exit::Ok) : fail(s.error());
}

int runPurge(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    const Status s = context.store->purge(e.value()->name, args.positional.at(1));
    return s ? int(Exit::Ok) : fail(s.error());
}

} // namespace trato::cli
