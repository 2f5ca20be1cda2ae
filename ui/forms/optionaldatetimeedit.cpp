// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldatetimeedit.h"

#include <QKeyEvent>
#include <QLocale>

namespace trato {

namespace {
const QDate kEmptyDate(100, 1, 1);

// The locale's short format, but always with a four-digit year.
QString fourDigitYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}
} // namespace

OptionalDateTimeEdit::OptionalDateTimeEdit(bool withTime, QWidget *parent)
    : QDateTimeEdit(parent)
    , m_withTime(withTime)
{
    setMinimumDateTime(QDateTime(kEmptyDate, QTime(0, 0)));
    setCalendarPopup(true);
    setTimeSpec(Qt::LocalTime);
    applyFormats();
    setEmpty();
}

void OptionalDateTimeEdit::applyFormats()
{
    const QLocale locale;
    QString format = fourDigitYear(locale.dateFormat(QLocale::ShortFormat));
    if (m_withTime)
        format += QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat);
    setDisplayFormat(format);
    setSpecialValueText(tr("No date"));
}

bool OptionalDateTimeEdit::isEmpty() const
{
    return date() == kEmptyDate;
}

void OptionalDateTimeEdit::setEmpty()
{
    setDateTime(minimumDateTime());
}

void OptionalDateTimeEdit::setValue(const QDateTime &value)
{
    if (value.isValid())
        setDateTime(value);
    else
        setEmpty();
}

QDateTime OptionalDateTimeEdit::value() const
{
    return isEmpty() ? QDateTime() : dateTime();
}

void OptionalDateTimeEdit::startFromToday()
{
    if (!isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTime();
    setDateTime(m_withTime ? QDateTime(now.date(), QTime(now.time().hour(), 0)) : QDateTime(now.date(), QTime(0, 0)));
    setCurrentSectionIndex(0);
    setSelectedSection(sectionAt(0));
}

void OptionalDateTimeEdit::stepBy(int steps)
{
    if (isEmpty()) {
        startFromToday();
        return;
    }
    QDateTimeEdit::stepBy(steps);
}

void OptionalDateTimeEdit::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool opensCalendar = event->key() == Qt::Key_F4
        || (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier));
    if (isEmpty() && (opensCalendar || (!text.isEmpty() && text.at(0).isDigit())))
        startFromToday();
    QDateTimeEdit::keyPressEvent(event);
}

void OptionalDateTimeEdit::mousePressEvent(QMouseEvent *event)
{
    // Opening the calendar on an empty editor would show the year 100.
    startFromToday();
    QDateTimeEdit::mousePressEvent(event);
}

void OptionalDateTimeEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        applyFormats();
    QDateTimeEdit::changeEvent(event);
}

} // namespace trato
