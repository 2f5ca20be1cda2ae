// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QEventLoop;
class QWidget;

namespace trato::bench {

// Waits for the first paint of a view's viewport that shows rows: an event filter on the viewport
// notes the first QEvent::Paint once ready() holds (the model has rows), the paint itself runs,
// then pending events are processed. Shared by trato-bench and trato-bench-minimal so both stop
// their clocks at the same moment.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *viewport, std::function<bool()> ready);
    // Runs the event loop until that paint happened; false on timeout.
    bool wait(int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_viewport;
    std::function<bool()> m_ready;
    bool m_painted = false;
    QEventLoop *m_loop = nullptr;
};

} // namespace trato::bench
