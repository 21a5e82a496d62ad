/** How to state the Vietnamese number format, as the hints of both languages write it. */
export const VI_FLAG = '`--number-locale vi` (`numberLocale: "vi"`)'
