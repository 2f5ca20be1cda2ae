// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTimeEdit>

namespace trato {

// A date (or date and time) editor that can also hold "no date", which QDateEdit cannot: the
// minimum date stands for empty and shows as "No date". Stepping, typing or clicking into an
// empty editor starts from today instead of from the minimum.
class OptionalDateTimeEdit : public QDateTimeEdit
{
    Q_OBJECT
public:
    OptionalDateTimeEdit(bool withTime, QWidget *parent = nullptr);

    bool isEmpty() const;
    void setEmpty();
    // Invalid = empty.
    void setValue(const QDateTime &value);
    QDateTime value() const; // invalid when empty

protected:
    void stepBy(int steps) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void startFromToday();
    void applyFormats();
    bool m_withTime;
};

} // namespace trato
