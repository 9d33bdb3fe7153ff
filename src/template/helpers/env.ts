import Handlebars from 'handlebars';

/** An isolated Handlebars environment (`Handlebars.create()`). */
export type HandlebarsEnv = ReturnType<typeof Handlebars.create>;
