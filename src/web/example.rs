//! The example article loaded on a first visit, written for this project
//! (a made-up report built on public facts), so the page shows what it does
//! before the user pastes anything.

/// Title shown in the document tabs.
pub const NAME: &str = "Example article";

/// Publication date of the example.
pub const DATE: &str = "2024-04-16";

/// About 250 words of news-style text.
pub const TEXT: &str = "\
Washington presses Beijing over machine parts reaching Russian arms makers

WASHINGTON — Secretary of State Antony Blinken said on Tuesday that China had become \
the main supplier of components that keep Russia's weapons factories running, and \
warned that the United States was ready to act against the firms involved.

Chinese sellers provided microelectronics to Russia last year, about 90 per cent \
of what Moscow imported, by American estimates. Much of the trade, they say, consists \
of dual-use goods such as machine tools, optical sensors and turbojet engines that \
can serve a drone as easily as a tractor.

President Joe Biden raised the matter with Xi Jinping during a phone call earlier \
this month. According to a White House summary, Mr Biden told the Chinese leader \
that support for Moscow's defence industry would damage relations with Washington \
and with Europe.

German Chancellor Olaf Scholz, who arrived in Beijing on Sunday for a three-day \
visit, was expected to deliver a similar message. Scholz has said Berlin wants \
trade with China to continue but not at the price of Ukraine's security.

Several Chinese companies already appear on American restriction lists. Hikvision, \
the maker of surveillance cameras, was added in 2019. In December 2023 the Commerce \
Department named iRay Technology and Wuhan Global Sensor Technology, two producers \
of thermal imaging modules, alongside the North China Research Institute of \
Electro-Optics.

Blinken is due to travel to Shanghai and Beijing next week. Officials in Beijing \
rejected the accusations on Wednesday and said normal trade with Russia would go on.
";
