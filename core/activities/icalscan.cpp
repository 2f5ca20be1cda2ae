// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalscan.h"

#include "icalendar.h"

#include <QRegularExpression>

namespace trato {

namespace {

// Components Trato reads or that carry what it reads (time zones, alarms it ignores).
const QStringList &knownComponents()
{
    static const QStringList c{QStringLiteral("VCALENDAR"), QStringLiteral("VEVENT"), QStringLiteral("VTODO"),
                               QStringLiteral("VTIMEZONE"), QStringLiteral("STANDARD"), QStringLiteral("DAYLIGHT"),
                               QStringLiteral("VALARM")};
    return c;
}

} // namespace

Result<IcsScan::Scan> IcsScan::scan(const QByteArray &data, const QString &file, bool skipUnknown)
{
    const QString where = file.isEmpty() ? QStringLiteral("ics") : file;
    auto at = [&](int line) { return QStringLiteral("%1:%2: ").arg(where).arg(line); };
    Scan out;
    // Unfold: a line that starts with a space or a tab continues the one before.
    struct Logical { QString text; int line; };
    QList<Logical> lines;
    const QList<QByteArray> raw = data.split('\n');
    for (int i = 0; i < raw.size(); ++i) {
        QByteArray l = raw.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        if (!l.isEmpty() && (l.at(0) == ' ' || l.at(0) == '\t')) {
            if (lines.isEmpty())
                return Error::badInput(at(i + 1) + ICalendar::tr("a continuation line with no line before it"));
            lines.last().text += QString::fromUtf8(l.mid(1));
            continue;
        }
        if (l.trimmed().isEmpty())
            continue;
        lines.append({QString::fromUtf8(l), i + 1});
    }
    if (lines.isEmpty())
        return Error::badInput(ICalendar::tr("%1: the file is empty").arg(where));
    if (lines.first().text.trimmed().compare(QLatin1String("BEGIN:VCALENDAR"), Qt::CaseInsensitive) != 0)
        return Error::badInput(at(lines.first().line) + ICalendar::tr("this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)"));

    struct Open { QString name; int line; };
    QList<Open> stack;
    int skipping = -1; // depth at which an unknown component being skipped began
    for (const Logical &l : std::as_const(lines)) {
        // NAME *(;PARAM=VALUE) : VALUE, with ':' inside quoted parameter values allowed.
        int colon = -1;
        bool quoted = false;
        for (int i = 0; i < l.text.size(); ++i) {
            const QChar c = l.text.at(i);
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(':') && !quoted) {
                colon = i;
                break;
            }
        }
        const QString head = colon < 0 ? QString() : l.text.left(colon);
        const QString name = head.section(QLatin1Char(';'), 0, 0).trimmed().toUpper();
        static const QRegularExpression nameRx(QStringLiteral("^[A-Z0-9-]+$"));
        if (colon < 0 || name.isEmpty() || !nameRx.match(name).hasMatch())
            return Error::badInput(at(l.line) + ICalendar::tr("broken line \"%1\" (expected NAME:VALUE)").arg(l.text.left(60)));
        const QString value = l.text.mid(colon + 1).trimmed().toUpper();
        if (name == QLatin1String("BEGIN")) {
            if (value.isEmpty())
                return Error::badInput(at(l.line) + ICalendar::tr("BEGIN without a component name"));
            if (skipping < 0 && !knownComponents().contains(value)) {
                if (!skipUnknown)
                    return Error::badInput(at(l.line) + ICalendar::tr("unknown component %1 (Trato reads VEVENT and VTODO)").arg(value));
                out.notes << at(l.line) + ICalendar::tr("skipped the unknown component %1").arg(value);
                skipping = int(stack.size());
            }
            if (skipping < 0 && stack.size() == 1 && (value == QLatin1String("VEVENT") || value == QLatin1String("VTODO")))
                out.itemLines << l.line;
            stack.append({value, l.line});
        } else if (name == QLatin1String("END")) {
            if (stack.isEmpty())
                return Error::badInput(at(l.line) + ICalendar::tr("END:%1 without a BEGIN").arg(value));
            if (stack.last().name != value)
                return Error::badInput(at(l.line) + ICalendar::tr("END:%1 where END:%2 was expected (BEGIN:%2 at line %3)")
                                                        .arg(value, stack.last().name).arg(stack.last().line));
            stack.removeLast();
            if (skipping == int(stack.size()))
                skipping = -1;
        } else if (stack.isEmpty()) {
            return Error::badInput(at(l.line) + ICalendar::tr("\"%1\" outside BEGIN:VCALENDAR ... END:VCALENDAR").arg(l.text.left(60)));
        }
    }
    if (!stack.isEmpty())
        return Error::badInput(ICalendar::tr("%1: missing END:%2 for BEGIN:%2 at line %3 (the file ends before it)")
                                   .arg(where, stack.last().name).arg(stack.last().line));
    return out;
}

} // namespace trato
